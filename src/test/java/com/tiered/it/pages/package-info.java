/**
 * Page objects for the browser tests: one class per page of Tiered, with what a user does there (sign in, open a
 * student, accept a plan, save a draft) and what they read. The PrimeFaces ids, widget markup and waits live here, so
 * a test reads as the user's steps and a change of markup is mended in one place. {@link com.tiered.it.pages.Site}
 * is where a test starts: {@code site.signInAs("specialist")}.
 */
package com.tiered.it.pages;
