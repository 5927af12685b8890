/** Health and readiness for load balancers and administrators. */
package com.tiered.operations.api;
