/** The district's schools: the unit of every user's scope. */
package com.tiered.school.domain;
