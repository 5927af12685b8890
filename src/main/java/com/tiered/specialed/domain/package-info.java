/** Special education: IEPs and 504 plans with their accommodations and deadlines, and referrals for evaluation. */
package com.tiered.specialed.domain;
