import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/** pino: JSON in production, readable in development; secrets and personal data redacted. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const base = {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.mobile',
        '*.idNumber',
      ],
      censor: '[redacted]',
    },
  };
  if (config.env === 'development') {
    return {
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    };
  }
  return base;
}
