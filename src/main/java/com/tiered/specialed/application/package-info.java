/** Special education's section of the student record and the coordinator's deadlines. */
package com.tiered.specialed.application;
