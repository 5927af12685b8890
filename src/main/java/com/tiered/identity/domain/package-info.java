/** Staff who sign in: their roles and the schools they work in (their scope). */
package com.tiered.identity.domain;
