package com.tiered.shared.domain;

/** Input larger than Tiered takes (a file, an archive, an entry of it); the message says the limit. */
public class TooLarge extends IllegalArgumentException {
    public TooLarge(String message) {
        super(message);
    }
}
