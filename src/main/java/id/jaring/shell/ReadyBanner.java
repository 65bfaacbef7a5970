package id.jaring.shell;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to find it and how to log in. */
@Component
class ReadyBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            System.out.println();
            System.out.println("  Jaring is ready:  http://localhost:" + port + "/");
            System.out.println("  Log in as 'admin' (password from JARING_ADMIN_PASSWORD or as printed at the first start),");
            System.out.println("  or with a demo user when started with --demo.  API: /api/v1, docs: /v3/api-docs");
            System.out.println();
        }
    }
}
