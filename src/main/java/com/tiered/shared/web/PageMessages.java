package com.tiered.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a message for the user on the page being answered (shown by the layout's p:messages). */
public final class PageMessages {
    private PageMessages() {}

    public static void info(String text) {
        show(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        show(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        show(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps the messages over a redirect (post, redirect, get). */
    public static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
