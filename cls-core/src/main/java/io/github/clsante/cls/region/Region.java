package io.github.clsante.cls.region;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The eighteen régions of France that each have an Agence régionale de santé (ARS): thirteen in metropolitan
 * France and five overseas. Each has its COG région code (Code officiel géographique, INSEE), its official name,
 * the usual aliases (abbreviations, the names in use before the 2016 merger of régions, which are aliases of
 * their successor) and the time zone in which "today" is read for its contracts.
 *
 * <p>{@link #find(String)} matches a name or alias without regard to case, accents, hyphens, spaces, dots and
 * apostrophes (straight or typographic): {@code "Normandie"}, {@code "NORMANDIE"}, {@code "Île-de-France"},
 * {@code "ile de france"}, {@code "Provence-Alpes-Côte d’Azur"} and {@code "PACA"} are all found. A leading
 * "Région" is ignored ({@code "Région Normandie"}). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Region {

  /** Guadeloupe (971). */
  GUADELOUPE("01", "Guadeloupe", "America/Guadeloupe"),
  /** Martinique (972). */
  MARTINIQUE("02", "Martinique", "America/Martinique"),
  /** Guyane (973). */
  GUYANE("03", "Guyane", "America/Cayenne", "Guyane française"),
  /** La Réunion (974). */
  LA_REUNION("04", "La Réunion", "Indian/Reunion", "Réunion", "Ile de la Réunion"),
  /** Mayotte (976). */
  MAYOTTE("06", "Mayotte", "Indian/Mayotte"),
  /** Île-de-France. */
  ILE_DE_FRANCE("11", "Île-de-France", "Europe/Paris", "IDF"),
  /** Centre-Val de Loire (named Centre until 2015). */
  CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "Europe/Paris", "Centre", "CVL"),
  /** Bourgogne-Franche-Comté (Bourgogne and Franche-Comté before 2016). */
  BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", "Europe/Paris", "BFC", "Bourgogne",
      "Franche-Comté"),
  /** Normandie (Basse-Normandie and Haute-Normandie before 2016). */
  NORMANDIE("28", "Normandie", "Europe/Paris", "Basse-Normandie", "Haute-Normandie"),
  /** Hauts-de-France (Nord-Pas-de-Calais and Picardie before 2016). */
  HAUTS_DE_FRANCE("32", "Hauts-de-France", "Europe/Paris", "HDF", "Nord-Pas-de-Calais", "Picardie",
      "Nord-Pas-de-Calais-Picardie"),
  /** Grand Est (Alsace, Champagne-Ardenne and Lorraine before 2016). */
  GRAND_EST("44", "Grand Est", "Europe/Paris", "Alsace", "Champagne-Ardenne", "Lorraine",
      "Alsace-Champagne-Ardenne-Lorraine", "ACAL"),
  /** Pays de la Loire. */
  PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "Europe/Paris", "PDL"),
  /** Bretagne. */
  BRETAGNE("53", "Bretagne", "Europe/Paris"),
  /** Nouvelle-Aquitaine (Aquitaine, Limousin and Poitou-Charentes before 2016). */
  NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", "Europe/Paris", "Aquitaine", "Limousin", "Poitou-Charentes",
      "Aquitaine-Limousin-Poitou-Charentes", "ALPC"),
  /** Occitanie (Languedoc-Roussillon and Midi-Pyrénées before 2016). */
  OCCITANIE("76", "Occitanie", "Europe/Paris", "Languedoc-Roussillon", "Midi-Pyrénées",
      "Languedoc-Roussillon-Midi-Pyrénées", "LRMP"),
  /** Auvergne-Rhône-Alpes (Auvergne and Rhône-Alpes before 2016). */
  AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", "Europe/Paris", "ARA", "AURA", "Auvergne", "Rhône-Alpes"),
  /** Provence-Alpes-Côte d'Azur (« Région Sud »). */
  PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d'Azur", "Europe/Paris", "PACA", "Région Sud", "Sud"),
  /** Corse. */
  CORSE("94", "Corse", "Europe/Paris", "Corsica");

  private static final Map<String, Region> BY_KEY = new HashMap<>();
  private static final Map<String, Region> BY_CODE = new HashMap<>();

  static {
    for (Region r : values()) {
      BY_CODE.put(r.code, r);
      register(r.officialName, r);
      for (String a : r.aliases) {
        register(a, r);
      }
    }
  }

  private final String code;
  private final String officialName;
  private final String zoneId;
  private final List<String> aliases;

  Region(String code, String officialName, String zone, String... aliases) {
    this.code = code;
    this.officialName = officialName;
    // the id only: building a ZoneId here would load every java.time zone-rules provider on the class path (one
    // of them, ical4j's, costs about 0.1 s) whenever a région is named, even when no zone is ever read
    this.zoneId = zone;
    this.aliases = List.of(aliases);
  }

  private static void register(String name, Region r) {
    Region other = BY_KEY.put(key(name), r);
    if (other != null && other != r) {
      throw new ExceptionInInitializerError("the name " + name + " is claimed by two régions");
    }
  }

  /** @return the COG région code, two digits, e.g. {@code "28"} for Normandie */
  public String code() {
    return code;
  }

  /** @return the official name, e.g. {@code "Provence-Alpes-Côte d'Azur"} */
  public String officialName() {
    return officialName;
  }

  /** @return the usual aliases, e.g. {@code PACA} and {@code Région Sud}; may be empty */
  public List<String> aliases() {
    return aliases;
  }

  /** @return the time zone in which "today" is read for the région's contracts */
  public ZoneId zone() {
    return ZoneId.of(zoneId);
  }

  /**
   * The IANA id of {@link #zone()}, e.g. {@code "Europe/Paris"}: what a caller needs to read "today" with
   * {@link java.util.TimeZone} without loading the {@code java.time} zone-rules providers.
   *
   * @return the zone's id
   * @since 0.1.0
   */
  public String zoneId() {
    return zoneId;
  }

  /** @return whether the région lies outside metropolitan France (the five overseas régions) */
  public boolean isOverseas() {
    return code.startsWith("0");
  }

  /**
   * Finds a région by its name or one of its aliases, ignoring case, accents, hyphens, spaces, dots,
   * apostrophes and a leading "Région".
   *
   * @param name a name, e.g. {@code "ile de france"}
   * @return the région, or empty when the name is no région's
   * @throws NullPointerException when {@code name} is null
   */
  public static Optional<Region> find(String name) {
    Objects.requireNonNull(name, "name");
    String k = key(name);
    Region r = BY_KEY.get(k);
    if (r == null && k.startsWith("region") && k.length() > "region".length()) {
      r = BY_KEY.get(k.substring("region".length()));
    }
    return Optional.ofNullable(r);
  }

  /**
   * Like {@link #find(String)}, for a name that must be a région's.
   *
   * @param name a name or alias
   * @return the région
   * @throws UnknownRegionException naming the eighteen régions, when the name is no région's
   * @throws NullPointerException when {@code name} is null
   */
  public static Region of(String name) {
    return find(name).orElseThrow(() -> new UnknownRegionException(name));
  }

  /**
   * @param code a COG région code, e.g. {@code "28"}
   * @return the région with that code, or empty
   * @throws NullPointerException when {@code code} is null
   */
  public static Optional<Region> byCode(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** @return the eighteen régions' official names, in the order of their codes, comma-separated */
  static String officialNames() {
    return String.join(", ", Arrays.stream(values()).map(Region::officialName).toList());
  }

  /**
   * The form names are compared in: lower case, without accents, and without anything but letters and digits.
   *
   * @param name a name
   * @return its comparison key
   */
  static String key(String name) {
    // the French letters are folded here; any other character not in ASCII goes through the canonical
    // decomposition, which gives the same key for these letters, but whose first use loads the JDK's
    // normalisation data (about 10 ms of a fresh process, where the command and the first check name a région)
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch < 0x80) {
        if (Character.isLetterOrDigit(ch)) {
          b.append(ch);
        }
        continue;
      }
      int f = ACCENTED.indexOf(ch);
      if (f < 0) {
        return decomposedKey(name);
      }
      b.append(UNACCENTED.charAt(f));
    }
    return finish(b);
  }

  /** Latin letters with a canonical decomposition into the letter of {@link #UNACCENTED} and accents, and œ, æ. */
  private static final String ACCENTED = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿŒœÆæ";
  private static final String UNACCENTED = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyŒœÆæ";

  /** {@link #key} for any name: the canonical decomposition, then letters and digits only. */
  static String decomposedKey(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char ch = decomposed.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        b.append(ch);
      }
    }
    return finish(b);
  }

  private static String finish(StringBuilder letters) {
    String k = letters.toString().toLowerCase(Locale.ROOT);
    // œ and æ have no decomposition: spell them out, as people type them
    return k.replace("œ", "oe").replace("æ", "ae");
  }
}
