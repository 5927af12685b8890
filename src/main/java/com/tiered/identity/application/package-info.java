/** Who is signed in, what they may see, the staff accounts, and the guard every password check passes through. */
package com.tiered.identity.application;
