import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../test/harness';
import { loggerOptions, redactUrl } from './logger';

describe('request logging', () => {
  it('replaces the values of secret query parameters', () => {
    expect(redactUrl('/api/me/calendar.ics?token=abc123')).toBe('/api/me/calendar.ics?token=[redacted]');
    expect(redactUrl('/api/rooms/1/check-in?x=1&t=SECRET&y=2')).toBe(
      '/api/rooms/1/check-in?x=1&t=[redacted]&y=2',
    );
    expect(redactUrl('/api/qr?format=svg&data=tok.mac')).toBe('/api/qr?format=svg&data=[redacted]');
    expect(redactUrl('/api/audit?type=x')).toBe('/api/audit?type=x');
  });

  it('never writes a feed token to the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions(testConfig({ logLevel: 'info', env: 'production' })) as object;
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/feed', async () => 'ok');
    await app.inject({ method: 'GET', url: '/feed?token=very-secret-token-value' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/feed?token=[redacted]');
    expect(log).not.toContain('very-secret-token-value');
  });
});
