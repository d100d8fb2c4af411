export type {
  OpenAPIObject,
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject as OpenApiSchema,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
