import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/** Query parameters that carry secrets: calendar-feed tokens, QR tokens. */
const secretParams = /([?&](?:token|t|data)=)[^&#]*/gi;

/** A request URL fit for the log: the values of secret query parameters replaced. */
export function redactUrl(url: string): string {
  return url.replace(secretParams, '$1[redacted]');
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** pino: JSON in production, readable in development; secrets and personal data redacted. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const base = {
    level: config.logLevel,
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
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
