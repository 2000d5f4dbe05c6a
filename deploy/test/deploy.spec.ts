// Static checks of the deployment artefacts: docker-compose.yml, deploy/docker/Dockerfile,
// .dockerignore and deploy/k8s/. Neither Docker nor Kubernetes runs here, so the files are parsed
// and held against the repository itself: the service list is the folders under services/, the
// health and metrics paths are the ones the platform library serves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, parseAllDocuments, type Document } from 'yaml';
import { HEALTH_PATHS, METRICS_PATH } from '@freight/platform';

const repoRoot = join(__dirname, '..', '..');
const inRepo = (...parts: string[]) => join(repoRoot, ...parts);
const readText = (...parts: string[]) => readFileSync(inRepo(...parts), 'utf8');

/** Every folder under services/ is a service that must be deployable. */
const SERVICES: string[] = existsSync(inRepo('services'))
  ? readdirSync(inRepo('services'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort()
  : [];

const GATEWAY = 'gateway';

interface EnvField {
  parse(input: unknown): unknown;
}

/** The fields of a service's configuration schema (the export of src/config.ts that has a shape). */
function configFieldsOf(service: string): Record<string, EnvField> {
  const configModule = jest.requireActual<Record<string, unknown>>(
    inRepo('services', service, 'src', 'config.ts'),
  );
  const schema = Object.values(configModule).find(
    (value): value is { shape: Record<string, EnvField> } =>
      typeof value === 'object' && value !== null && 'shape' in value,
  );
  if (!schema) throw new Error(`services/${service}/src/config.ts exports no configuration schema`);
  return schema.shape;
}

/** The port a service listens on unless PORT says otherwise: its schema's default for PORT. */
function portOf(service: string): number {
  const port = configFieldsOf(service).PORT?.parse(undefined);
  if (typeof port !== 'number') throw new Error(`services/${service} has no default PORT`);
  return port;
}

/** The gateway's variable for a service's base URL: order -> ORDER_URL. */
const urlVariable = (service: string) => `${service.toUpperCase().replace(/-/g, '_')}_URL`;
const servicesBehindGateway = () => SERVICES.filter((service) => service !== GATEWAY);

/** One test per service folder (the "at least one service" test guards an empty services/). */
function forEachService(title: string, check: (service: string) => void): void {
  it.each(SERVICES)(title, check);
}

describe('the repository', () => {
  it('has at least one service folder under services/', () => {
    expect(SERVICES.length).toBeGreaterThan(0);
  });

  it('gives every service a port of its own', () => {
    const ports = SERVICES.map(portOf);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('has a gateway whose configuration reads <SERVICE>_URL for every other service', () => {
    const gatewayFields = Object.keys(configFieldsOf(GATEWAY));
    expect(gatewayFields).toEqual(expect.arrayContaining(servicesBehindGateway().map(urlVariable)));
  });

  forEachService(
    'services/%s has src/main.ts, which scripts/build.js compiles to the CMD of the image',
    (service) => {
      expect(existsSync(inRepo('services', service, 'src', 'main.ts'))).toBe(true);
    },
  );
});

// --- docker-compose.yml ------------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  environment?: Record<string, string | number | boolean> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target: number; published?: string | number })[];
}

const compose = parse(readText('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

function composeService(name: string): ComposeService {
  const service = compose.services[name];
  if (!service) throw new Error(`docker-compose.yml has no service "${name}"`);
  return service;
}

function composeEnv(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value)]));
}

function dependencyConditions(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(
    Object.entries(deps).map(([name, dep]) => [name, dep.condition ?? 'service_started']),
  );
}

const healthcheckCommand = (service: ComposeService) =>
  [service.healthcheck?.test ?? []].flat().join(' ');

/** host port -> container port, from short ("8080:8080") and long ({ target, published }) syntax. */
function publishedPorts(service: ComposeService): Map<number, number> {
  const ports = new Map<number, number>();
  for (const port of service.ports ?? []) {
    if (typeof port === 'object') {
      if (port.published !== undefined) ports.set(Number(port.published), port.target);
      continue;
    }
    const parts = String(port).split('/')[0].split(':');
    if (parts.length >= 2)
      ports.set(Number(parts[parts.length - 2]), Number(parts[parts.length - 1]));
  }
  return ports;
}

describe('docker-compose.yml', () => {
  it('defines kafka, postgres and every service folder', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['kafka', 'postgres', ...SERVICES]),
    );
  });

  it('builds no service that has no folder under services/', () => {
    const built = Object.keys(compose.services).filter((name) => compose.services[name].build);
    expect(built.filter((name) => !SERVICES.includes(name))).toEqual([]);
  });

  it('runs Kafka in KRaft mode (broker and controller in one node) with a health check', () => {
    const kafka = composeService('kafka');
    expect(kafka.image).toMatch(/^apache\/kafka:/);
    expect(composeEnv(kafka).KAFKA_PROCESS_ROLES?.split(',').sort()).toEqual([
      'broker',
      'controller',
    ]);
    expect(healthcheckCommand(kafka)).toContain('kafka-broker-api-versions');
  });

  it('runs the Kafka version that deploy/local runs (its pom.xml <kafka.version>)', () => {
    const pom = readText('deploy', 'local', 'kafka', 'pom.xml');
    const localVersion = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
    expect(composeService('kafka').image).toBe(`apache/kafka:${localVersion}`);
  });

  it('runs Postgres 17 with a pg_isready health check', () => {
    const postgres = composeService('postgres');
    expect(postgres.image).toMatch(/^postgres:17(\D|$)/);
    expect(healthcheckCommand(postgres)).toContain('pg_isready');
  });

  forEachService('builds %s from deploy/docker/Dockerfile with its SERVICE and PORT', (service) => {
    const { build } = composeService(service);
    expect(join(build?.context ?? '.', build?.dockerfile ?? 'Dockerfile')).toBe(
      join('deploy', 'docker', 'Dockerfile'),
    );
    expect(build?.args).toEqual({ SERVICE: service, PORT: String(portOf(service)) });
  });

  forEachService('checks %s health on the readiness path the platform serves', (service) => {
    const { healthcheck } = composeService(service);
    expect(healthcheck?.disable).not.toBe(true);
    expect(healthcheckCommand(composeService(service))).toContain(HEALTH_PATHS.ready);
  });

  forEachService('starts %s only once kafka and postgres are healthy', (service) => {
    expect(dependencyConditions(composeService(service))).toMatchObject({
      kafka: 'service_healthy',
      postgres: 'service_healthy',
    });
  });

  forEachService('gives %s its port and the compose Kafka and Postgres', (service) => {
    const env = composeEnv(composeService(service));
    expect(env.PORT).toBe(String(portOf(service)));
    expect(env.HOST).toBe('0.0.0.0');
    expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
    expect(env.KAFKA_BROKERS.split(',').map((broker) => broker.split(':')[0])).toEqual(['kafka']);
    expect(env).toEqual(
      expect.objectContaining({ LOG_LEVEL: expect.any(String), SHUTDOWN_TIMEOUT_MS: '10000' }),
    );
    expect(env.DEMO_DATA).toMatch(/^(true|\$\{DEMO_DATA:-true\})$/);
  });

  it('publishes the gateway on host port 8080', () => {
    expect(publishedPorts(composeService(GATEWAY)).get(8080)).toBe(portOf(GATEWAY));
  });

  it('starts the gateway once every other service is healthy, and points it at them', () => {
    const gateway = composeService(GATEWAY);
    const conditions = dependencyConditions(gateway);
    const env = composeEnv(gateway);
    for (const service of servicesBehindGateway()) {
      expect({ service, condition: conditions[service] }).toEqual({
        service,
        condition: 'service_healthy',
      });
      expect(env[urlVariable(service)]).toBe(`http://${service}:${portOf(service)}`);
    }
  });
});

// --- deploy/docker/Dockerfile --------------------------------------------------------------------

interface Instruction {
  stage: string;
  keyword: string;
  args: string;
}

/** Instructions with their stage name; comments dropped, continuation lines joined. */
function dockerInstructions(text: string): Instruction[] {
  const logicalLines = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let stage = '';
  return logicalLines.map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') stage = / as\s+(\S+)/i.exec(args)?.[1] ?? args;
    return { stage, keyword: keyword.toUpperCase(), args };
  });
}

const dockerfile = dockerInstructions(readText('deploy', 'docker', 'Dockerfile'));
const finalStage = dockerfile[dockerfile.length - 1].stage;
const inFinalStage = (keyword: string) =>
  dockerfile.filter((i) => i.stage === finalStage && i.keyword === keyword);
const runCommands = dockerfile.filter((i) => i.keyword === 'RUN');

describe('deploy/docker/Dockerfile', () => {
  it('builds on a Node LTS image (an even major) no older than package.json engines', () => {
    const image = /NODE_IMAGE=(\S+)/.exec(
      dockerfile.find((i) => i.keyword === 'ARG' && i.args.startsWith('NODE_IMAGE='))?.args ?? '',
    )?.[1];
    const major = Number(/^node:(\d+)/.exec(image ?? '')?.[1]);
    const engines = JSON.parse(readText('package.json')).engines.node as string;
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(Number(/(\d+)/.exec(engines)?.[1]));
  });

  it('runs npm ci, the repository build script and npm prune --omit=dev in the build stage', () => {
    const build = runCommands.find((i) => /\bnode\s+\S+\.js/.test(i.args));
    const script = /\bnode\s+(\S+\.js)/.exec(build?.args ?? '')?.[1] ?? '';
    expect(script).toBe('scripts/build.js');
    expect(existsSync(inRepo(script))).toBe(true);
    const buildStage = runCommands.filter((i) => i.stage === build?.stage).map((i) => i.args);
    expect(buildStage.some((args) => /\bnpm ci\b/.test(args))).toBe(true);
    expect(buildStage.some((args) => /\bnpm prune --omit=dev\b/.test(args))).toBe(true);
  });

  it('copies only dist, node_modules and package.json into the runtime image', () => {
    const copies = inFinalStage('COPY').map((i) => i.args);
    expect(copies.every((args) => args.includes('--from='))).toBe(true);
    const sources = copies.map((args) =>
      basename(args.split(/\s+/).filter((word) => !word.startsWith('--'))[0]),
    );
    expect(sources.sort()).toEqual(['dist', 'node_modules', 'package.json']);
  });

  it('takes SERVICE and PORT from build args and sets NODE_ENV=production', () => {
    expect(inFinalStage('ARG').map((i) => i.args)).toEqual(['SERVICE', 'PORT']);
    const env = inFinalStage('ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bSERVICE=\$\{?SERVICE\}?/);
    expect(env).toMatch(/\bPORT=\$\{?PORT\}?/);
  });

  it('runs as a non-root user, given numerically so Kubernetes can verify runAsNonRoot', () => {
    const user = inFinalStage('USER').pop()?.args ?? 'root';
    expect(user).toMatch(/^[1-9]\d*(:\d+)?$/);
  });

  it('starts dist/services/$SERVICE/src/main.js with exec, so SIGTERM reaches node', () => {
    const cmd = JSON.parse(inFinalStage('CMD').pop()?.args ?? '[]') as string[];
    expect(cmd).toEqual(['sh', '-c', 'exec node dist/services/$SERVICE/src/main.js']);
  });

  it("health-checks the liveness path the platform serves, with node's fetch", () => {
    const healthcheck = inFinalStage('HEALTHCHECK').pop()?.args ?? '';
    expect(healthcheck).toContain(HEALTH_PATHS.live);
    expect(healthcheck).toMatch(/"node",\s*"-e",\s*"fetch\(/);
  });
});

// --- .dockerignore -------------------------------------------------------------------------------

const dockerignore = readText('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

/** Whether the build context leaves out a path (or a folder above it), by the .dockerignore globs. */
function ignoredByDocker(path: string): boolean {
  const matches = (pattern: string) => {
    const glob = pattern.replace(/^\/+|\/+$/g, '');
    const source = glob
      .split('**/')
      .map((part) =>
        part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]'),
      )
      .join('(?:.*/)?');
    return new RegExp(`^${source}(?:/.*)?$`).test(path);
  };
  let ignored = false;
  for (const line of dockerignore) {
    if (line.startsWith('!')) ignored = matches(line.slice(1)) ? false : ignored;
    else ignored = matches(line) ? true : ignored;
  }
  return ignored;
}

describe('.dockerignore', () => {
  it.each(['node_modules', 'libs/messaging/node_modules', 'dist', '.local', '.git', 'coverage'])(
    'keeps %s out of the build context',
    (path) => {
      expect(ignoredByDocker(path)).toBe(true);
    },
  );

  it.each([
    'package.json',
    'package-lock.json',
    '.npmrc',
    'scripts/build.js',
    'swc.config.js',
    'libs/platform/src/index.ts',
    'services/order/src/main.ts',
  ])('keeps %s, which the build stage needs, in the build context', (path) => {
    expect(ignoredByDocker(path)).toBe(false);
  });
});

// --- deploy/k8s ----------------------------------------------------------------------------------

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
  };
}
interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
}
interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}
interface DeploymentSpec {
  replicas?: number;
  selector: { matchLabels?: Record<string, string> };
  template: PodTemplate;
}
interface ServiceSpec {
  type?: string;
  selector?: Record<string, string>;
  ports?: { port: number; targetPort?: number | string }[];
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: unknown;
}

const k8sDir = inRepo('deploy', 'k8s');
const k8sFiles = readdirSync(k8sDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const k8sDocuments = new Map(
  k8sFiles.map((file) => [file, parseAllDocuments(readText('deploy', 'k8s', file))]),
);
const documentsOf = (file: string): Document[] => [...(k8sDocuments.get(file) ?? [])];
const manifestsOf = (file: string) =>
  documentsOf(file)
    .map((doc) => doc.toJS() as Manifest)
    .filter(Boolean);

const kustomization = parse(readText('deploy', 'k8s', 'kustomization.yaml')) as {
  namespace?: string;
  resources: string[];
};
const exampleFiles = k8sFiles.filter((file) => file.includes('.example.'));
const applied = kustomization.resources.flatMap(manifestsOf);
const examples = exampleFiles.flatMap(manifestsOf);

function k8sObject(kind: string, name: string): Manifest {
  const found = applied.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found)
    throw new Error(`deploy/k8s has no ${kind} "${name}" in kustomization.yaml's resources`);
  return found;
}

const deploymentOf = (service: string) => k8sObject('Deployment', service).spec as DeploymentSpec;
const serviceOf = (service: string) => k8sObject('Service', service).spec as ServiceSpec;
const podTemplates = applied.flatMap((m) =>
  m.kind === 'Deployment' ? [(m.spec as DeploymentSpec).template] : [],
);

function containerOf(service: string): Container {
  const containers = deploymentOf(service).template.spec.containers;
  const container = containers.find((c) => c.name === service) ?? containers[0];
  if (!container) throw new Error(`Deployment ${service} has no container`);
  return container;
}

const envValue = (container: Container, name: string) =>
  container.env?.find((e) => e.name === name)?.value;

/** A port given by number or by the name of one of the container's ports. */
function containerPortNumber(
  container: Container,
  port: number | string | undefined,
): number | undefined {
  if (typeof port === 'number') return port;
  return (
    container.ports?.find((p) => p.name === port)?.containerPort ??
    (port === undefined ? undefined : Number(port))
  );
}

function preStopSeconds(container: Container): number {
  const preStop = container.lifecycle?.preStop;
  if (preStop?.sleep) return preStop.sleep.seconds;
  const [program, seconds] = preStop?.exec?.command ?? [];
  return program === 'sleep' ? Number(seconds) : 0;
}

const platformConfig = applied.find((m) => m.kind === 'ConfigMap')?.data ?? {};

describe('deploy/k8s', () => {
  it.each(k8sFiles)('%s parses as YAML', (file) => {
    expect(documentsOf(file).flatMap((doc) => doc.errors.map((e) => e.message))).toEqual([]);
  });

  it('lists every manifest in kustomization.yaml except the *.example.yaml ones', () => {
    const manifests = k8sFiles.filter(
      (file) => file !== 'kustomization.yaml' && !exampleFiles.includes(file),
    );
    expect([...kustomization.resources].sort()).toEqual(manifests);
  });

  it('puts everything in namespace freight-cs, and defines that namespace', () => {
    expect(kustomization.namespace).toBe('freight-cs');
    expect(k8sObject('Namespace', 'freight-cs')).toBeDefined();
    const namespaced = applied.filter((m) => m.kind !== 'Namespace');
    expect(
      namespaced
        .filter((m) => m.metadata.namespace !== 'freight-cs')
        .map((m) => `${m.kind}/${m.metadata.name}`),
    ).toEqual([]);
  });

  it('deploys no Kafka or Postgres: both are external managed dependencies', () => {
    const workloads = applied
      .filter((m) => ['Deployment', 'StatefulSet'].includes(m.kind))
      .map((m) => m.metadata.name);
    expect(workloads.filter((name) => /kafka|postgres/i.test(name))).toEqual([]);
  });

  it('shares the platform configuration in a ConfigMap with KAFKA_BROKERS and SHUTDOWN_TIMEOUT_MS', () => {
    expect(platformConfig.KAFKA_BROKERS).toMatch(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/);
    expect(Number(platformConfig.SHUTDOWN_TIMEOUT_MS)).toBeGreaterThan(0);
  });

  it('ships an example Secret, not applied, with every key the Deployments read from Secrets', () => {
    expect(exampleFiles).not.toEqual([]);
    expect(applied.filter((m) => m.kind === 'Secret')).toEqual([]);
    const secretRefs = podTemplates
      .flatMap((template) => template.spec.containers)
      .flatMap((c) => c.env ?? [])
      .flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef] : []));
    for (const ref of secretRefs) {
      const secret = examples.find((m) => m.kind === 'Secret' && m.metadata.name === ref.name);
      expect({
        ...ref,
        inExample: Object.keys({ ...secret?.data, ...secret?.stringData }).includes(ref.key),
      }).toEqual({ ...ref, inExample: true });
    }
  });

  forEachService('has a Deployment and a Service for %s', (service) => {
    expect(k8sObject('Deployment', service).apiVersion).toBe('apps/v1');
    expect(serviceOf(service).type ?? 'ClusterIP').toBe('ClusterIP');
  });

  forEachService('runs %s in at least 2 replicas', (service) => {
    expect(deploymentOf(service).replicas).toBeGreaterThanOrEqual(2);
  });

  forEachService('selects the %s pods from its Deployment and its Service', (service) => {
    const { selector, template } = deploymentOf(service);
    const podLabels = template.metadata.labels;
    expect(podLabels).toMatchObject(selector.matchLabels ?? { missing: 'matchLabels' });
    const serviceSelector = serviceOf(service).selector ?? {};
    expect(Object.keys(serviceSelector).length).toBeGreaterThan(0);
    expect(podLabels).toMatchObject(serviceSelector);
  });

  forEachService('uses one port for %s: container port, Service targetPort and PORT', (service) => {
    const container = containerOf(service);
    const [servicePort] = serviceOf(service).ports ?? [];
    expect(container.ports?.map((p) => p.containerPort)).toEqual([portOf(service)]);
    expect(servicePort?.port).toBe(portOf(service));
    expect(containerPortNumber(container, servicePort?.targetPort ?? servicePort?.port)).toBe(
      portOf(service),
    );
    expect(envValue(container, 'PORT')).toBe(String(portOf(service)));
  });

  forEachService('probes %s on the health paths the platform serves, on its port', (service) => {
    const container = containerOf(service);
    expect(container.livenessProbe?.httpGet?.path).toBe(HEALTH_PATHS.live);
    expect(container.readinessProbe?.httpGet?.path).toBe(HEALTH_PATHS.ready);
    expect(Object.values(HEALTH_PATHS)).toContain(container.startupProbe?.httpGet?.path);
    for (const probe of [
      container.livenessProbe,
      container.readinessProbe,
      container.startupProbe,
    ]) {
      expect(containerPortNumber(container, probe?.httpGet?.port)).toBe(portOf(service));
    }
  });

  forEachService('lets Prometheus scrape %s on the metrics path the platform serves', (service) => {
    const annotations = deploymentOf(service).template.metadata.annotations ?? {};
    expect(annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/path': METRICS_PATH,
      'prometheus.io/port': String(portOf(service)),
    });
  });

  forEachService('sets cpu and memory requests and limits for %s', (service) => {
    const { resources } = containerOf(service);
    expect(Object.keys(resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
  });

  forEachService(
    'gives %s more than preStop pause + SHUTDOWN_TIMEOUT_MS to stop (and over 10 s)',
    (service) => {
      const grace = deploymentOf(service).template.spec.terminationGracePeriodSeconds ?? 30;
      const shutdownSeconds = Number(platformConfig.SHUTDOWN_TIMEOUT_MS) / 1000;
      expect(grace).toBeGreaterThan(10);
      expect(grace).toBeGreaterThan(preStopSeconds(containerOf(service)) + shutdownSeconds);
    },
  );

  forEachService('runs %s as non-root with a read-only root filesystem', (service) => {
    const pod = deploymentOf(service).template.spec;
    const container = containerOf(service);
    expect(container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
  });

  forEachService(
    'configures %s from the shared ConfigMap and DATABASE_URL from a Secret',
    (service) => {
      const container = containerOf(service);
      const configMap = applied.find((m) => m.kind === 'ConfigMap')?.metadata.name;
      expect(container.envFrom?.map((source) => source.configMapRef?.name)).toContain(configMap);
      expect(
        container.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key,
      ).toBe('DATABASE_URL');
    },
  );

  it('points the gateway at the Service of every other service', () => {
    const gateway = containerOf(GATEWAY);
    for (const service of servicesBehindGateway()) {
      const port = serviceOf(service).ports?.[0]?.port;
      expect({
        variable: urlVariable(service),
        value: envValue(gateway, urlVariable(service)),
      }).toEqual({
        variable: urlVariable(service),
        value: `http://${service}:${port}`,
      });
    }
  });
});
