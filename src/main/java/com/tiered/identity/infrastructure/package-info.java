/** Sign-in: the staff store, the identity store over it, and the one authentication mechanism. */
package com.tiered.identity.infrastructure;
