import request from 'supertest';
import type { Server } from 'node:http';
import { createApp } from '../app-setup';
import { seedDemoData } from '../database/seed/seed';
import { DataSource } from 'typeorm';
import { DEMO } from '../../test/test-app';
import { createTestDatabase, dropTestDatabase } from '../../test/test-database';

describe('session cookie behind a TLS-terminating proxy (TRUST_PROXY=1)', () => {
  it('is Secure when the proxy says the client used https, and not otherwise', async () => {
    const database = await createTestDatabase();
    const app = await createApp({ databaseUrl: database.url, migrationsRun: false, logger: false, trustProxy: 1 });
    await app.init();
    try {
      await seedDemoData(app.get(DataSource));
      const server = app.getHttpServer() as Server;
      const signIn = (proto: string) =>
        request(server)
          .post('/api/auth/sign-in')
          .set('X-Forwarded-Proto', proto)
          .send({ email: DEMO.organizer.email, password: DEMO.organizer.password })
          .expect(200);
      const https = (await signIn('https')).headers['set-cookie'] as unknown as string[];
      const http = (await signIn('http')).headers['set-cookie'] as unknown as string[];
      expect(https[0]).toMatch(/; Secure/);
      expect(http[0]).not.toMatch(/; Secure/);
    } finally {
      await app.close();
      await dropTestDatabase(database.name);
    }
  });
});
