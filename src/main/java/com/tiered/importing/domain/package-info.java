/** Imports: district files in (students, screening, progress, goals, special education, referrals, OneRoster). */
package com.tiered.importing.domain;
