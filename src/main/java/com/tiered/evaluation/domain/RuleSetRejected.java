package com.tiered.evaluation.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that may not be used: it does not compile, is unsafe, loops or fails its scenarios. */
public class RuleSetRejected extends RuntimeException {
    private final List<RuleMessage> messages;

    public RuleSetRejected(String summary, List<RuleMessage> messages) {
        super(summary + ":\n" + messages.stream().map(RuleMessage::toString).collect(Collectors.joining("\n")));
        this.messages = List.copyOf(messages);
    }

    public List<RuleMessage> messages() {
        return messages;
    }
}
