import type { EventContract } from './event-contract';

export class UnknownEventContractError extends Error {
  constructor(
    readonly type: string,
    readonly version: number | undefined,
  ) {
    super(
      version === undefined
        ? `no contract for event type "${type}"`
        : `no contract for event type "${type}" v${version}`,
    );
    this.name = 'UnknownEventContractError';
  }
}

/** Looks contracts up by type and version; refuses two contracts for the same type and version. */
export class ContractRegistry {
  /** type → version → contract (consumers look one up for every message) */
  private readonly byType = new Map<string, Map<number, EventContract>>();

  constructor(readonly contracts: readonly EventContract[]) {
    for (const contract of contracts) {
      const versions = this.byType.get(contract.type) ?? new Map<number, EventContract>();
      if (versions.has(contract.version))
        throw new Error(`two contracts for ${contract.type}@${contract.version}`);
      this.byType.set(contract.type, versions.set(contract.version, contract));
    }
  }

  /** The contract of `type` at `version`, or at its newest version when none is given. */
  find(type: string, version?: number): EventContract | undefined {
    if (version !== undefined) return this.byType.get(type)?.get(version);
    const versions = this.contracts.filter((c) => c.type === type);
    return versions.sort((a, b) => b.version - a.version)[0];
  }

  get(type: string, version?: number): EventContract {
    const contract = this.find(type, version);
    if (!contract) throw new UnknownEventContractError(type, version);
    return contract;
  }

  knowsType(type: string): boolean {
    return this.byType.has(type);
  }

  topics(): string[] {
    return [...new Set(this.contracts.map((c) => c.topic))].sort();
  }

  onTopic(topic: string): EventContract[] {
    return this.contracts.filter((c) => c.topic === topic);
  }
}
