/** The reader's chosen role, which picks the onboarding path the home page shows. */
import * as z from 'zod/mini';
import { readStore, storeKey, writeStore, type ReadResult, type StorageLike, type WriteResult } from './learner-store.ts';

export const PROFILE_STORE_KEY = storeKey('profile', 1);

export const profileSchema = z.object({ role: z.nullable(z.string()) });

export type Profile = z.infer<typeof profileSchema>;

export function readProfile(storage: StorageLike | undefined): ReadResult<Profile> {
	return readStore(storage, PROFILE_STORE_KEY, profileSchema, () => ({ role: null }));
}

export function writeProfile(storage: StorageLike | undefined, profile: Profile): WriteResult {
	return writeStore(storage, PROFILE_STORE_KEY, profile, profileSchema);
}
