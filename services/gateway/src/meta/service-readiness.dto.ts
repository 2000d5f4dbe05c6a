import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ServiceReadiness {
  @ApiProperty({ example: 'order' })
  name: string;

  @ApiProperty({ example: 'http://127.0.0.1:8081' })
  url: string;

  @ApiProperty({ description: 'its /health/ready answered 200' })
  ready: boolean;

  @ApiPropertyOptional({
    description: 'HTTP status of its /health/ready, when it answered',
    example: 200,
  })
  status?: number;

  @ApiPropertyOptional({ description: 'why it could not be asked, e.g. connection refused' })
  error?: string;

  @ApiPropertyOptional({
    description: 'its readiness report: database and Kafka',
    type: 'object',
    additionalProperties: true,
  })
  details?: unknown;
}

export class ServicesReport {
  @ApiProperty({ description: 'every service behind the gateway is ready' })
  ready: boolean;

  @ApiProperty({ type: [ServiceReadiness] })
  services: ServiceReadiness[];
}
