import { SetMetadata } from '@nestjs/common';
import type { Role } from '@wmo/domain';

export const ALLOWED_ROLES = 'wmo:allowed-roles';
export const PUBLIC = 'wmo:public';

/** Who may call this resolver or route. Without @Allow or @Public, nobody may (deny by default). */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Callable without logging in (login itself, reference data, health). */
export const Public = () => SetMetadata(PUBLIC, true);
