package id.jaring.program.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.program.Agencies;
import id.jaring.program.Agency;

/** Agencies (OPD). */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApi {

    private final Agencies agencies;

    AgencyApi(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    List<Agency> list() {
        return agencies.list();
    }

    @GetMapping("/{code}")
    Agency get(@PathVariable String code) {
        return agencies.get(code);
    }

    @PostMapping
    ResponseEntity<Agency> create(@RequestBody Agency agency) {
        Agency a = agencies.create(agency);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + a.code())).body(a);
    }

    @PutMapping("/{code}")
    Agency update(@PathVariable String code, @RequestBody Agency agency) {
        return agencies.update(code, agency);
    }
}
