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

import id.jaring.program.BenefitComponent;
import id.jaring.program.ComponentData;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeData;
import id.jaring.program.Programmes;
import id.jaring.program.Quota;
import id.jaring.program.Quotas;

/** Programmes with their components and quotas. The services check roles; this only translates. */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApi {

    /** A programme with its components (highest value first) and its quota per kab/kota. */
    record ProgrammeDetail(Programme programme, List<BenefitComponent> components, List<Quota> quotas) {
    }

    record QuotaBody(Integer quota) {
    }

    private final Programmes programmes;
    private final ProgrammeComponents components;
    private final Quotas quotas;

    ProgrammeApi(Programmes programmes, ProgrammeComponents components, Quotas quotas) {
        this.programmes = programmes;
        this.components = components;
        this.quotas = quotas;
    }

    @GetMapping
    List<Programme> list() {
        return programmes.list();
    }

    @GetMapping("/{code}")
    ProgrammeDetail get(@PathVariable String code) {
        Programme p = programmes.get(code);
        return new ProgrammeDetail(p, components.of(code), quotas.all(p));
    }

    @PostMapping
    ResponseEntity<Programme> create(@RequestBody ProgrammeData data) {
        Programme p = programmes.create(data);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + p.code())).body(p);
    }

    @PutMapping("/{code}")
    Programme update(@PathVariable String code, @RequestBody ProgrammeData data) {
        return programmes.update(code, data);
    }

    @GetMapping("/{code}/components")
    List<BenefitComponent> components(@PathVariable String code) {
        return components.of(code);
    }

    @PostMapping("/{code}/components")
    ResponseEntity<BenefitComponent> addComponent(@PathVariable String code, @RequestBody ComponentData data) {
        BenefitComponent c = components.add(code, data);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + code + "/components/" + c.code())).body(c);
    }

    @PutMapping("/{code}/components/{component}")
    BenefitComponent updateComponent(@PathVariable String code, @PathVariable String component,
            @RequestBody ComponentData data) {
        return components.update(code, component, data);
    }

    @GetMapping("/{code}/quotas")
    List<Quota> quotas(@PathVariable String code) {
        return quotas.all(programmes.get(code));
    }

    @PutMapping("/{code}/quotas/{kabKota}")
    Quota setQuota(@PathVariable String code, @PathVariable String kabKota, @RequestBody QuotaBody body) {
        return quotas.set(code, kabKota, body.quota());
    }
}
