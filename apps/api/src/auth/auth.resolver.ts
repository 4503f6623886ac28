import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from './allow.decorator';
import { AuthPayload, toUserModel } from './auth.types';
import { AuthService } from './auth.service';
import { LoginArgs } from './login.args';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Log in as staff, provider or administrator.' })
  login(@Args() { email, password }: LoginArgs): Promise<AuthPayload> {
    return this.auth.login(email, password).then((result) => ({
      ...result,
      user: toUserModel(result.user),
    }));
  }
}
