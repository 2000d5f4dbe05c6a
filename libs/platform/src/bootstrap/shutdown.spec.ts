import { Writable } from 'node:stream';
import { createServiceLogger } from '../logging/service-logger';
import { closeOnSignals } from './shutdown';

const silentLogger = createServiceLogger({
  service: 'test',
  level: 'silent',
  destination: new Writable({ write: (_c, _e, cb) => cb() }),
});

describe('graceful shutdown on signals', () => {
  afterEach(() => jest.useRealTimers());

  it('closes the app and exits 0 on SIGTERM', async () => {
    const exit = jest.fn();
    const app = { close: jest.fn().mockResolvedValue(undefined) };
    const release = closeOnSignals(app, {
      timeoutMs: 1_000,
      logger: silentLogger,
      signals: ['SIGUSR2'],
      exit,
    });
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      await new Promise(setImmediate);
      expect(app.close).toHaveBeenCalledWith('SIGUSR2');
      expect(exit).toHaveBeenCalledWith(0);
    } finally {
      release();
    }
  });

  it('forces exit 1 when closing hangs past the deadline', () => {
    jest.useFakeTimers();
    const exit = jest.fn();
    const app = { close: () => new Promise<void>(() => undefined) };
    const release = closeOnSignals(app, {
      timeoutMs: 5_000,
      logger: silentLogger,
      signals: ['SIGUSR2'],
      exit,
    });
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      jest.advanceTimersByTime(4_999);
      expect(exit).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      release();
    }
  });

  it('exits 1 when closing fails', async () => {
    const exit = jest.fn();
    const app = { close: () => Promise.reject(new Error('pool refused to end')) };
    const release = closeOnSignals(app, {
      timeoutMs: 1_000,
      logger: silentLogger,
      signals: ['SIGUSR2'],
      exit,
    });
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      await new Promise(setImmediate);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      release();
    }
  });
});
