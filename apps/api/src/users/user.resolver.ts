import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConflictError, InvalidInputError } from '@wmo/domain';
import {
  checkPageSize,
  encodeIdCursor,
  isObjectId,
  ProviderRepository,
  UserRepository,
} from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { toUserModel, UserModel } from '../auth/auth.types';
import { hashPassword } from '../auth/password-hasher';
import type { GraphqlContext } from '../auth/request-context';
import { Role } from '../graphql/enums';
import { ProviderModel } from '../providers/provider.types';
import { knownMunicipalities } from '../reference/reference-input';
import { toConnection } from '../graphql/page-info';
import { CreateUserInput, UserConnection, UserListArgs } from './user.types';
import { Audited, AuditExempt } from '../audit/audited.decorator';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserRepository,
    private readonly providers: ProviderRepository,
  ) {}

  /** Every account, newest first, for administrators. */
  @Allow('ADMIN')
  @AuditExempt('accounts of professionals, no resident data; changes are audited')
  @Query(() => UserConnection, { name: 'users', description: 'ADMIN: every account, newest first' })
  async userList(@Args() { filter, first, after }: UserListArgs): Promise<UserConnection> {
    const page = await this.users.page(
      { role: filter?.role, text: filter?.text?.trim() || undefined },
      checkPageSize(first),
      after ?? null,
    );
    return toConnection({ ...page, items: page.items.map(toUserModel) }, (node) =>
      encodeIdCursor(node.id),
    );
  }

  /** Administrators create staff, provider, policy and administrator accounts. */
  @Allow('ADMIN')
  @Audited<UserModel>('CHANGE', (_, user) => ({ subjectId: user.id }))
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    if (input.role === Role.RESIDENT) {
      throw new InvalidInputError(
        'input.role',
        'Inwoners krijgen een persoonlijke link, geen account.',
      );
    }
    const bound = input.role === Role.STAFF || input.role === Role.POLICY;
    const municipalityCodes = bound
      ? knownMunicipalities('input.municipalityCodes', input.municipalityCodes ?? [])
      : [];
    if (bound && municipalityCodes.length === 0) {
      throw new InvalidInputError('input.municipalityCodes', 'Kies minstens één gemeente.');
    }
    let providerId: string | null = null;
    if (input.role === Role.PROVIDER) {
      if (!isObjectId(input.providerId) || !(await this.providers.findById(input.providerId))) {
        throw new InvalidInputError('input.providerId', 'Deze aanbieder bestaat niet.');
      }
      providerId = input.providerId;
    }
    const user = await this.users.create({
      email: input.email,
      name: input.name?.trim() || null,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      municipalityCodes,
      providerId,
    });
    if (!user) throw new ConflictError('Er bestaat al een account met dit e-mailadres.');
    return toUserModel(user);
  }

  @ResolveField(() => ProviderModel, { nullable: true, description: 'PROVIDER: who they act for' })
  async provider(
    @Parent() user: UserModel,
    @Context() context: GraphqlContext,
  ): Promise<ProviderModel | null> {
    if (!user.providerId) return null;
    const provider = await context.loaders.provider.load(user.providerId);
    return provider ? { ...provider, languages: [...provider.languages] } : null;
  }
}
