import {describe, expect, it} from 'vitest';
import {describeTimer, nextOccurrence} from '../src/cluster/events/fallback-timer.js';
import type {FallbackTimerPolicy} from '../src/cluster/config.js';

const at = (iso: string) => Date.parse(iso);
const next = (policy: Omit<FallbackTimerPolicy, 'name'>, from: string) => {
	const time = nextOccurrence({name: 'p', ...policy}, at(from));
	return time === undefined ? undefined : new Date(time).toISOString();
};

describe('delayed fallback timer policies: when they next fire', () => {
	it('daily: today if the time is still ahead, else tomorrow', () => {
		expect(next({recurrence: 'daily', hour: 22, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2026-11-21T22:00:00.000Z');
		expect(next({recurrence: 'daily', hour: 2, minute: 30}, '2026-11-21T12:00:00Z')).toBe('2026-11-22T02:30:00.000Z');
		expect(next({recurrence: 'daily', hour: 12, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2026-11-22T12:00:00.000Z');
	});

	it('weekly: the next such weekday (21 November 2026 is a Saturday)', () => {
		expect(next({recurrence: 'weekly', dayOfWeek: 0, hour: 3, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2026-11-22T03:00:00.000Z');
		expect(next({recurrence: 'weekly', dayOfWeek: 6, hour: 3, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2026-11-28T03:00:00.000Z');
	});

	it('monthly: skips months without the day', () => {
		expect(next({recurrence: 'monthly', dayOfMonth: 31, hour: 23, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2026-12-31T23:00:00.000Z');
		expect(next({recurrence: 'monthly', dayOfMonth: 31, hour: 23, minute: 0}, '2027-01-31T23:30:00Z')).toBe('2027-03-31T23:00:00.000Z');
	});

	it('yearly: 29 February comes every fourth year', () => {
		expect(next({recurrence: 'yearly', month: 1, dayOfMonth: 29, hour: 0, minute: 0}, '2026-11-21T12:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
	});

	it('once: the date, or never when it has passed', () => {
		expect(next({recurrence: 'once', year: 2027, month: 1, dayOfMonth: 14, hour: 12, minute: 0}, '2026-11-21T12:00:00Z')).toBe(
			'2027-02-14T12:00:00.000Z',
		);
		expect(next({recurrence: 'once', year: 2025, month: 1, dayOfMonth: 14, hour: 12, minute: 0}, '2026-11-21T12:00:00Z')).toBeUndefined();
	});

	it('reads as the policy says', () => {
		expect(describeTimer({name: 'p', recurrence: 'monthly', dayOfMonth: 15, hour: 1, minute: 5})).toBe('monthly on day 15 at 01:05');
	});
});
