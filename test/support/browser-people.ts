// People in the browser tests: members set up through the API, signed in through the sign-in screen, and the
// checks every screen's test makes (Tab order with a visible focus, nothing wider than the window).
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { focused, focusIsVisible, type BrowserPlatform, type FocusedElement } from './browser.js';
import { MEMBER_PASSWORD, type NewMember } from './member-factory.js';
import { signedInPerson, type Person } from './people.js';

export interface BrowserMember extends Person {
  displayName: string;
}

/** A new member (inserted straight into the database, with these fields), signed in through GraphQL too. */
export async function browserMember(
  platform: BrowserPlatform,
  displayName: string,
  fields: NewMember = {},
): Promise<BrowserMember> {
  return { ...(await signedInPerson(platform, displayName, fields)), displayName };
}

/**
 * A new browser context (another person) signed in as `who` through the sign-in screen, on the home page (its
 * heading names them when their name is known).
 */
export async function signedInPage(
  platform: BrowserPlatform,
  who: { email: string; password?: string; displayName?: string },
  options: { width?: number; height?: number; beforeSignIn?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const page = await platform.newPage({ width: options.width, height: options.height });
  await options.beforeSignIn?.(page);
  await signIn(page, who);
  return page;
}

/** Signs `who` in through the sign-in screen on this page, and waits for the home page (see `signedInPage`). */
export async function signIn(
  page: Page,
  who: { email: string; password?: string; displayName?: string },
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password ?? MEMBER_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const welcome = who.displayName ? `Welcome, ${who.displayName}` : /^Welcome, /;
  await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
}

/** Presses Tab until `found` says yes (at most `limit` times), checking that every stop shows where the focus is. */
export async function tabTo(
  page: Page,
  found: (element: FocusedElement) => boolean,
  limit = 30,
): Promise<FocusedElement> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    expect({ element, visible: await focusIsVisible(page) }).toEqual({ element, visible: true });
    if (found(element)) return element;
  }
  throw new Error(`Tab never reached the element in ${limit} presses`);
}

/** No sideways scrolling: everything fits the window's width. */
export function fitsTheWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
}

/** The names on the cards of a list of members (by its accessible name). */
export async function namesIn(page: Page, listName: string): Promise<string[]> {
  const names = await page
    .getByRole('list', { name: listName, exact: true })
    .locator('.card__title')
    .allTextContents();
  return names.map((name) => name.trim()).sort();
}
