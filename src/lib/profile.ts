/**
 * The reader's chosen role, which picks the onboarding path the home page shows, and the name
 * written on completion records (asked once, kept only in this browser).
 */
import * as z from 'zod/mini';
import { readStore, storeKey, updateStore, writeStore, type ReadResult, type StorageLike, type WriteResult } from './learner-store.ts';

export const PROFILE_STORE_KEY = storeKey('profile', 1);

export const profileSchema = z.object({
	role: z.nullable(z.string()),
	/** Optional: profiles saved before names were asked for have none. */
	name: z.optional(z.string().check(z.maxLength(200))),
});

export type Profile = z.infer<typeof profileSchema>;

export function readProfile(storage: StorageLike | undefined): ReadResult<Profile> {
	return readStore(storage, PROFILE_STORE_KEY, profileSchema, () => ({ role: null }));
}

export function writeProfile(storage: StorageLike | undefined, profile: Profile): WriteResult {
	return writeStore(storage, PROFILE_STORE_KEY, profile, profileSchema);
}

/** Changes one field of the profile as stored now (the role and the name are set on different pages). */
export function updateProfile(storage: StorageLike | undefined, change: Partial<Profile>): WriteResult {
	return updateStore(
		storage,
		PROFILE_STORE_KEY,
		profileSchema,
		(): Profile => ({ role: null }),
		(current) => ({ ...current, ...change }),
	).write;
}
