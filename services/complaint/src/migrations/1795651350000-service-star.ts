import { MigrationInterface, QueryRunner } from 'typeorm';

/** R22 service star of the month: candidates, one vote per voter per month, customer ballots. */
export class ServiceStar1795651350000 implements MigrationInterface {
  name = 'ServiceStar1795651350000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE star_candidate (
        id            uuid PRIMARY KEY,
        month         text NOT NULL,
        branch        text NOT NULL,
        username      text NOT NULL,
        name          text,
        reason        text NOT NULL,
        nominated_by  text NOT NULL,
        nominated_at  timestamptz NOT NULL,
        UNIQUE (branch, month, username)
      )`);
    await db.query(`
      CREATE TABLE star_vote (
        month         text NOT NULL,
        branch        text NOT NULL,
        voter_kind    text NOT NULL CHECK (voter_kind IN ('staff', 'customer')),
        voter         text NOT NULL,
        candidate_id  uuid NOT NULL REFERENCES star_candidate (id),
        voted_at      timestamptz NOT NULL,
        PRIMARY KEY (branch, month, voter_kind, voter)
      )`);
    await db.query(`
      CREATE TABLE star_ballot (
        id           uuid PRIMARY KEY,
        month        text NOT NULL,
        branch       text NOT NULL,
        customer_id  text NOT NULL,
        token_hash   bytea NOT NULL UNIQUE,
        issued_at    timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        UNIQUE (branch, month, customer_id)
      )`);
    await db.query(`
      CREATE TABLE star_election (
        month          text NOT NULL,
        branch         text NOT NULL,
        winner         uuid NOT NULL REFERENCES star_candidate (id),
        staff_votes    int NOT NULL,
        customer_votes int NOT NULL,
        closed_at      timestamptz NOT NULL,
        closed_by      text NOT NULL,
        PRIMARY KEY (branch, month)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE star_election');
    await db.query('DROP TABLE star_ballot');
    await db.query('DROP TABLE star_vote');
    await db.query('DROP TABLE star_candidate');
  }
}
