import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { User } from '@wmo/domain';
import { Role } from '../graphql/enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => String, { nullable: true, description: 'Name shown to colleagues' })
  name: string | null;
  @Field({ description: 'The name, or the email when there is none' }) displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => [String], { description: 'STAFF: CBS codes of the municipalities served' })
  municipalityCodes: string[];
  @Field(() => ID, { nullable: true, description: 'PROVIDER: the provider acted for' })
  providerId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => UserModel) user: UserModel;
}

export function toUserModel(user: User): UserModel {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    displayName: user.name ?? user.email,
    role: user.role as Role,
    municipalityCodes: [...user.municipalityCodes],
    providerId: user.providerId,
  };
}
