import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '../graphql/enums';
import { Connection } from '../graphql/page-info';

// Mirrors the domain's AuditKind one to one.
export enum AuditKind {
  READ = 'READ',
  CHANGE = 'CHANGE',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: "READ: a person saw a resident's data; CHANGE: something was changed",
});

@ObjectType('AuditEntry', { description: 'Who read or changed what, and when; never the data' })
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => AuditKind) kind: AuditKind;
  @Field({ description: 'The GraphQL operation, e.g. request or createReferral' })
  operation: string;
  @Field({ description: "The user's name (else email); 'Inwoner (via link)' for a resident" })
  actorName: string;
  @Field(() => Role) actorRole: Role;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true, description: 'The resident link used (residents only)' })
  residentLinkId: string | null;
  @Field(() => ID, { nullable: true, description: 'Browser session, or resident link' })
  sessionId: string | null;
  @Field(() => ID, { nullable: true }) requestId: string | null;
  @Field(() => ID, { nullable: true }) referralId: string | null;
  @Field(() => ID, { nullable: true, description: 'Offering, provider, user or municipality' })
  subjectId: string | null;
  @Field(() => [String], { description: 'For reads: the fields asked for (not their values)' })
  fields: string[];
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryModel, 'AuditEntry') {}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) requestId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) userId?: string;
  @Field({ nullable: true, description: 'From this moment (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date;
  @Field({ nullable: true, description: 'Until this moment (exclusive)' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
