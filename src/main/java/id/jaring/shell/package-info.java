/**
 * The web shell: page layout, navigation, language switch (Bahasa Indonesia first, English
 * second) and the home page. Modules add their own pages under their {@code web} packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package id.jaring.shell;
