import { z } from 'zod';

// Defaults are given as the raw text (`prefault`), so they pass the same parsing as a set value.
// Field builders for environment variables. Each states in its message what a valid value looks
// like; config.loader adds the variable's name and the offending value, so a bad deployment
// reads as one line: `KAFKA_BROKERS: expected host:port[,host:port…], got "x"`.

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

export function port(defaultPort: number) {
  return z
    .string()
    .regex(/^\d{1,5}$/, 'expected a TCP port 0–65535')
    .transform(Number)
    .refine((n) => n <= 65_535, 'expected a TCP port 0–65535')
    .prefault(String(defaultPort));
}

export function positiveInteger(defaultValue: number) {
  return z
    .string()
    .regex(/^[1-9]\d*$/, 'expected a positive whole number')
    .transform(Number)
    .prefault(String(defaultValue));
}

export function flag(defaultValue: boolean) {
  return z
    .string()
    .regex(/^(true|false|1|0|yes|no)$/i, 'expected true or false')
    .transform((v) => /^(true|1|yes)$/i.test(v))
    .prefault(String(defaultValue));
}

/** Comma-separated Kafka bootstrap brokers, parsed to a list. */
export function brokerList(defaultValue: string) {
  return z
    .string()
    .transform((v) => v.split(',').map((b) => b.trim()))
    .refine(
      (list) => list.length > 0 && list.every((b) => HOST_PORT.test(b)),
      'expected host:port[,host:port…]',
    )
    .prefault(defaultValue);
}

/** A Postgres server URL (postgres://user[:password]@host[:port][/database]). */
export function postgresUrl(defaultValue: string) {
  return z
    .string()
    .refine(isPostgresUrl, 'expected postgres://user[:password]@host[:port][/database]')
    .prefault(defaultValue);
}

export function httpUrl(defaultValue: string) {
  return z
    .string()
    .refine(
      (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
      'expected an http(s):// URL',
    )
    .transform((v) => v.replace(/\/+$/, ''))
    .prefault(defaultValue);
}

/** A name Postgres accepts unquoted, so psql sessions and logs show it as it is. */
export function databaseName(defaultValue: string) {
  return z
    .string()
    .regex(
      /^[a-z_][a-z0-9_]{0,62}$/,
      'expected a lower-case identifier (a-z, 0-9, _), at most 63 characters',
    )
    .prefault(defaultValue);
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function logLevel(defaultValue: (typeof LOG_LEVELS)[number]) {
  return z
    .enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join('|')}` })
    .default(defaultValue);
}

export function hostName(defaultValue: string) {
  return z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'expected a host name or IP address to listen on')
    .prefault(defaultValue);
}

function isPostgresUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
}

/** A Kafka namespace (KAFKA_NAMESPACE): lower-case letters, digits and dashes; empty for none. */
export function kafkaNamespace() {
  return z
    .string()
    .regex(/^([a-z0-9][a-z0-9-]{0,39})?$/, 'expected lower-case letters, digits and dashes (≤ 40)')
    .prefault('');
}
