// The Kafka broker's jars come from Maven Central through deploy/local/kafka/pom.xml, resolved
// once into a cache outside git (43 MB; every later start reads them from there).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');

const pomFile = path.join(__dirname, 'kafka', 'pom.xml');

/** The Kafka version the pom pins: its `<kafka.version>` property is the one source of truth. */
function kafkaVersion() {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(fs.readFileSync(pomFile, 'utf8'));
  if (!match) throw new Error(`${pomFile} has no <kafka.version> property`);
  return match[1].trim();
}

function cacheRoot() {
  return process.env.FREIGHT_CACHE_DIR || path.join(os.homedir(), '.cache', 'freight-cs');
}

/** `<cache>/kafka-<version>/libs` */
function kafkaLibsDir() {
  return path.join(cacheRoot(), `kafka-${kafkaVersion()}`, 'libs');
}

const MARKER = '.complete';

/** The marker holds the pom's hash, so editing the pom (another log4j, say) re-resolves. */
function pomHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(pomFile)).digest('hex');
}

function isComplete(dir) {
  const marker = path.join(dir, MARKER);
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === pomHash();
}

/** @param {string[]} args */
function runMaven(args) {
  return new Promise((resolve, reject) => {
    execFile(
      'mvn',
      args,
      { maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
      (err, stdout, stderr) => {
        if (!err) return resolve(undefined);
        if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') {
          return reject(
            new Error(
              'Maven (`mvn`) is needed once to fetch the Kafka jars; install it (e.g. apt-get install maven)',
            ),
          );
        }
        reject(new Error(`mvn ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      },
    );
  });
}

/**
 * Resolves the broker's runtime jars into the cache unless they are there and complete.
 * Maven writes into a private temporary folder that is renamed into place at the end, so two
 * processes resolving at once (a test run and `npm run infra up`) cannot see half a folder.
 * @param {(line: string) => void} log
 * @returns {Promise<string>} the folder holding the jars
 */
async function resolveKafkaJars(log) {
  const dir = kafkaLibsDir();
  if (isComplete(dir)) return dir;
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  log(
    `resolving Kafka ${kafkaVersion()} jars with Maven into ${dir} (once; a minute or two on a cold Maven cache)`,
  );
  const started = Date.now();
  await runMaven([
    '-q',
    '-B',
    '-f',
    pomFile,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${staging}`,
  ]);
  fs.writeFileSync(path.join(staging, MARKER), `${pomHash()}\n`);
  if (isComplete(dir)) {
    // Another process finished first; its copy is as good as ours.
    fs.rmSync(staging, { recursive: true, force: true });
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  log(`Kafka jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

module.exports = { resolveKafkaJars, kafkaLibsDir, kafkaVersion, cacheRoot };
