package com.tiered.it.pages;

import org.openqa.selenium.By;

/** The sign-in page; shown too for any page opened without a session. */
public final class LoginPage extends Page {
    LoginPage(Site site) {
        super(site);
        waitForVisible(By.id("login:username"));
    }

    HomePage signIn(String user, String password) {
        find(By.id("login:username")).sendKeys(user);
        find(By.cssSelector("input#login\\:password, #login\\:password input")).sendKeys(password);
        find(By.id("login:sign-in")).click();
        waitForVisible(By.id("signed-in-user"));
        return new HomePage(site);
    }
}
