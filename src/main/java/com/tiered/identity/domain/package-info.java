/** Staff who sign in: their roles and the schools they work in (their scope); how failed sign-ins are slowed down. */
package com.tiered.identity.domain;
