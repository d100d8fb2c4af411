#!/usr/bin/env bash
# `nginx -t` for docker/nginx.conf and docker/nginx-locations.conf outside Docker, as any user:
# a temporary copy with the stack's paths moved under a temp dir, the replicas' host names replaced
# by 127.0.0.1 (they only resolve inside the stack), "resolve" dropped (nginx < 1.27.3 lacks it) and
# ports 80/443 moved to 18080/18443 (nginx -t binds them; a port in use is fine, a low one needs root).
# Checked twice: as shipped, and with the BEGIN TLS … END TLS parts uncommented (self-signed cert).
# Then the shipped config runs for a moment: invitation links sent through it must leave no token in
# its access or error log, and its public cache must keep the app's encodings (br, gzip, none) apart.
# Usage: docker/check-nginx.sh [path/to/nginx]
set -euo pipefail
nginx=${1:-nginx}
here=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

check() { # $1: label, $2: sed script applied on top of the path rewriting
  mkdir -p "$t/$1/cache"
  local d=$t/$1 paths="s#/etc/nginx/bussanten/#$t/$1/#g; s#/etc/nginx/tls/#$t/#g; s#/var/cache/nginx/#$t/$1/cache/#g; s#/var/log/nginx/#$t/$1/#g"
  sed -E "$paths; s/^( *server +)[a-z0-9_-]+(:[0-9]+)/\\1127.0.0.1\\2/; s/ resolve( |;)/\\1/; s/listen 80 /listen 127.0.0.1:18080 /; s/listen 443 /listen 127.0.0.1:18443 /; $2" "$here/nginx.conf" >"$d/default.conf"
  sed -E "$paths; $2" "$here/nginx-locations.conf" >"$d/locations.conf"
  # The image's own main file, reduced to what matters: default.conf is included inside http { }.
  cat >"$d/nginx.conf" <<EOF
pid $d/nginx.pid;
events {}
http {
  types { text/html html; }
  client_body_temp_path $d/body; proxy_temp_path $d/proxy; fastcgi_temp_path $d/fastcgi;
  uwsgi_temp_path $d/uwsgi; scgi_temp_path $d/scgi;
  include $d/default.conf;
}
EOF
  echo "nginx -t ($1):"
  "$nginx" -t -q -e "$d/error.log" -p "$d" -c "$d/nginx.conf"
}

check plain ''

# The plain config, serving on 127.0.0.1:18080 with its upstream on a closed port (so that every
# request fails upstream and the error log has its say too): no request may leave an invitation
# token in either log; the access log writes the pattern instead, and no query string.
logs_hold_no_token() {
  local d=$t/plain token=Tk9rZW5Jbkxv_Z0xpbmVzLUFiY2RlZmdoaWprbG1ub3A
  sed -i -E 's/^( *server +127\.0\.0\.1):[0-9]+/\1:1/' "$d/default.conf"
  "$nginx" -q -e "$d/error.log" -p "$d" -c "$d/nginx.conf"
  node -e '
    const [base, token] = process.argv.slice(1);
    const paths = [`/invitations/${token}`, `/api/invitations/${token}`, `/API/Invitations/${token}?utm=mail`, `/password-reset/${token}?utm=mail`, "/api/fairs?q=query-text"];
    (async () => {
      for (const p of paths) await fetch(base + p).then((r) => r.arrayBuffer());
      await fetch(`${base}/api/invitations/${token}/accept`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.arrayBuffer());
      await fetch(`${base}/api/auth/password-reset/${token}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.arrayBuffer());
      await fetch(`${base}/api/auth/password-reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.arrayBuffer());
    })().catch((e) => { console.error(e); process.exit(1); });
  ' http://127.0.0.1:18080 "$token"
  "$nginx" -q -e "$d/error.log" -p "$d" -c "$d/nginx.conf" -s quit
  for _ in $(seq 50); do [ -e "$d/nginx.pid" ] || break; sleep 0.1; done
  if grep -l "$token" "$d/access.log" "$d/error.log"; then
    echo 'an invitation token reached the nginx log above' >&2; exit 1
  fi
  [ "$(grep -c '"path":"/api/invitations/:token/accept"' "$d/access.log")" = 1 ] &&
    [ "$(grep -ci '"path":"/\(api/\)\?invitations/:token"' "$d/access.log")" = 3 ] &&
    [ "$(grep -c '"path":"/password-reset/:token"' "$d/access.log")" = 1 ] &&
    [ "$(grep -c '"path":"/api/auth/password-reset/:token"' "$d/access.log")" = 1 ] &&
    [ "$(grep -c '"path":"/api/auth/password-reset"' "$d/access.log")" = 1 ] &&
    grep -q '"path":"/api/fairs"' "$d/access.log" && ! grep -q query-text "$d/access.log" ||
    { echo 'the access log does not write the invitation and reset paths as …/:token, or keeps a query string:' >&2; cat "$d/access.log" >&2; exit 1; }
  echo "nginx logs: no invitation token in $(wc -l <"$d/access.log") access log lines and the error log"
}
logs_hold_no_token

# The public routes' cache keeps the app's encodings apart: the shipped config in front of an
# upstream that answers in whatever coding nginx asks it for (as the app does: br, gzip or none,
# public-body.ts), twice per Accept-Encoding; each client gets the coding it asked for, the second
# time from the cache, and never another client's.
public_cache_keeps_codings_apart() {
  local d=$t/plain up
  # Run as root, nginx's workers are another user: they must reach the cache directory and write it.
  chmod a+x "$t" "$d" && chmod -R a+rwX "$d/cache"
  node -e '
    const server = require("node:http").createServer((req, res) => {
      const coding = req.headers["accept-encoding"] ?? "";
      const body = `coding=${coding};` + "x".repeat(2000);
      res.writeHead(200, { "Content-Type": "text/html", "Cache-Control": "public, max-age=60", Vary: "Accept-Encoding", ...(coding ? { "Content-Encoding": coding } : {}) });
      res.end(body);
    });
    server.listen(0, "127.0.0.1", () => require("node:fs").writeFileSync(process.argv[1], String(server.address().port)));
  ' "$d/upstream.port" &
  up=$!
  for _ in $(seq 50); do [ -s "$d/upstream.port" ] && break; sleep 0.1; done
  sed -i -E "s/^( *server +127\.0\.0\.1):[0-9]+/\1:$(cat "$d/upstream.port")/" "$d/default.conf"
  "$nginx" -q -e "$d/error.log" -p "$d" -c "$d/nginx.conf"
  local ok=0
  node -e '
    const { request } = require("node:http");
    const get = (accept) => new Promise((resolve, reject) => {
      request(process.argv[1] + "/f/cache-check", { headers: accept === null ? {} : { "Accept-Encoding": accept } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"] ?? "", sent: body.split(";")[0], cache: res.headers["x-cache-status"] }));
      }).on("error", reject).end();
    });
    const cases = [["gzip, deflate, br, zstd", "br"], [null, ""], ["gzip, deflate", "gzip"], ["br;q=0, gzip", "gzip"], ["identity", ""], ["gzip;q=0", ""], ["br;q=0.5", "br"], ["x-gzip", "gzip"], ["gzip, br;q=0.000", "gzip"]];
    (async () => {
      let bad = 0;
      for (const round of ["MISS", "HIT"]) for (const [accept, coding] of cases) {
        const a = await get(accept);
        if (a.encoding !== coding || a.sent !== `coding=${coding}` || a.cache !== round) {
          bad++;
          console.error(`Accept-Encoding ${JSON.stringify(accept)}: expected ${coding || "none"} (${round}), got`, a);
        }
      }
      process.exit(bad ? 1 : 0);
    })().catch((e) => { console.error(e); process.exit(1); });
  ' http://127.0.0.1:18080 || ok=1
  "$nginx" -q -e "$d/error.log" -p "$d" -c "$d/nginx.conf" -s quit
  for _ in $(seq 50); do [ -e "$d/nginx.pid" ] || break; sleep 0.1; done
  kill "$up"
  [ "$ok" = 0 ] || { tail -5 "$d/error.log" >&2; echo 'the public cache served an answer in a coding its client did not ask for (above)' >&2; exit 1; }
  echo "nginx public cache: each Accept-Encoding gets its own coding, from the cache the second time"
}
public_cache_keeps_codings_apart
if command -v openssl >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$t/privkey.pem" -out "$t/fullchain.pem" 2>/dev/null
  check tls '/^ *## BEGIN TLS$/,/^ *## END TLS$/s/^( *)# /\1/'
  grep -q '^ *listen .* ssl' "$t/tls/default.conf" || { echo 'the TLS block was not switched on' >&2; exit 1; }
else
  echo "nginx -t (tls): skipped, no openssl to make a test certificate"
fi
echo "nginx config OK"
