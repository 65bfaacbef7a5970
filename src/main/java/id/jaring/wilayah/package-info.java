/**
 * Region hierarchy of the province (province, kab/kota, kecamatan, desa/kelurahan), loaded from
 * the shipped Kemendagri table {@code wilayah/banten_wilayah.csv}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wilayah")
package id.jaring.wilayah;
