import "server-only";
import { NotFoundError } from "@spanlight/core";
import type { TUserDetail, TUserDetailQuery } from "@spanlight/core";
import { getUser } from "@spanlight/db";

/** An end-user over all time with a page of their traces; 404 when no trace carries this user id. */
export async function getProjectUser(options: {
  projectId: string;
  userId: string;
  query: TUserDetailQuery;
}): Promise<TUserDetail> {
  const user = await getUser(options);
  if (!user) throw new NotFoundError(`No user ${options.userId} in this project`);
  return user;
}
