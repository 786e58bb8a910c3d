import type { Fixtures, Member, PropertyKey } from './fixtures.js';

export interface SampleRequest {
  url: string;
  body?: unknown;
}

/**
 * One row of the authorization matrix: a route, who may call it, and how to build a valid request.
 * The rows live with the module that registers the route, in `modules/<m>/<m>.access.ts`.
 */
export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route exactly as registered, e.g. '/api/v1/users/:id'. */
  route: string;
  /** Who may call it: 'public' (anyone, signed in or not) or the members allowed. Others get 403. */
  may: 'public' | readonly Member[];
  /** The answer to an allowed call; 200 unless given. */
  status?: number;
  /**
   * Builds one valid request. For a `scoped` route it is called once per property with a record
   * of that property, and a member not assigned to it must get 404.
   */
  sample(
    fx: Fixtures,
    caller: Member | 'anonymous',
    property: PropertyKey,
  ): Promise<SampleRequest> | SampleRequest;
  scoped?: boolean;
  /** The call ends the caller's session (sign out) or replaces it (password change). */
  endsSession?: boolean;
  /** Runs after an allowed call, e.g. to put back a password the call changed. */
  after?(fx: Fixtures, caller: Member): Promise<void>;
  /** The route answers with a never-ending event stream: only its status is read. */
  stream?: boolean;
  /** The one route whose answer is personal data in full (reveal): exempt from the masking walk. */
  revealsPersonalData?: boolean;
}
