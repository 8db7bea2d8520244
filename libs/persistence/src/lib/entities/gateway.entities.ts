import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn, UuidEntity } from './columns';

@Entity('app_user')
export class UserEntity extends UuidEntity {
  @Index('uq_user_username', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  username!: string;

  /** scrypt$N$r$p$salt$hash */
  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash!: string;

  /** admin | operator | viewer */
  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** Only a SHA-256 of the key is kept; the key itself is shown once. */
@Entity('api_key')
export class ApiKeyEntity extends UuidEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Index('uq_api_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 100, nullable: true })
  createdBy!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}

/** Append-only record of who changed what. */
@Entity('audit_event')
@Index('ix_audit_created', ['createdAt'])
@Index('ix_audit_project_created', ['projectId', 'createdAt'])
export class AuditEventEntity extends UuidEntity {
  @Column({ type: 'varchar', length: 100, nullable: true })
  actor!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId!: string | null;

  @Column({ name: 'project_id', type: 'varchar', length: 36, nullable: true })
  projectId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** Work that one gateway replica of the whole system does at a time (retention runs): whoever holds the row until `held_until`. */
@Entity('scheduler_lease')
export class SchedulerLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  holder!: string;

  @TimestampColumn({ name: 'held_until' })
  heldUntil!: Date;
}

export const GATEWAY_ENTITIES = [UserEntity, ApiKeyEntity, AuditEventEntity, SchedulerLeaseEntity];
