import { handlerName } from './proxy.http.controller';

describe('proxied route handler names (OpenAPI operationIds)', () => {
  it('spell the method and the path, path parameters as By…', () => {
    expect(handlerName({ method: 'GET', path: 'deadlines' })).toBe('getDeadlines');
    expect(handlerName({ method: 'GET', path: 'deadlines/:id/history' })).toBe(
      'getDeadlinesByIdHistory',
    );
    expect(handlerName({ method: 'GET', path: 'queues/:branch/:role' })).toBe(
      'getQueuesByBranchByRole',
    );
    expect(handlerName({ method: 'POST', path: 'users/:id/revoke-sessions' })).toBe(
      'postUsersByIdRevokeSessions',
    );
  });

  it('differ for the same path under another method', () => {
    expect(handlerName({ method: 'PUT', path: 'calendars/:code' })).not.toBe(
      handlerName({ method: 'GET', path: 'calendars/:code' }),
    );
  });
});
