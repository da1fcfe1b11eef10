package uk.harbour.tools.entities;

/**
 * The word lists the synthetic register draws on. Common UK given names and surnames are combined
 * at random with invented nicknames, ages, plates, numbers in Ofcom's drama ranges and made-up
 * places, so no entry describes a real person.
 */
final class Lists {

  private Lists() {}

  static final String[] MEN =
      ("dean mohammed daniel michael james david christopher andrew mark paul john robert steven"
              + " matthew thomas anthony jason lee craig gary darren kevin wayne stuart richard ryan"
              + " jamie scott adam ben luke liam nathan jordan kieran connor callum aaron shane carl"
              + " tyrone jamal marcus leon tony barry terry derek neil simon alex sam joe danny jack"
              + " harry kyle reece bradley ashley martin peter stephen william george imran tariq"
              + " bilal hassan omar ali usman kamran adnan zain jermaine dwayne andre kofi kwame"
              + " ricky lewis josh tom charlie mason frankie jay sean shaun vinnie dominic patrick")
          .split(" ");

  static final String[] WOMEN =
      ("sarah emma laura rebecca gemma kelly nicola claire amy lisa michelle stacey danielle"
              + " natalie hayley jade chloe leanne sharon tracey donna joanne samantha charlotte"
              + " jessica katie lauren zoe aisha fatima amina shannon kayleigh kirsty tanya vicky"
              + " jodie carly toni jasmine molly kerry")
          .split(" ");

  static final String[] SURNAMES =
      ("smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson"
              + " thompson wright walker white edwards hughes green hall lewis harris clarke patel"
              + " jackson wood turner martin cooper hill ward morris moore clark lee king baker"
              + " harrison morgan allen james scott phillips watson davis parker price bennett young"
              + " griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy"
              + " miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson"
              + " foster chapman powell webb rogers gray mason ali hussain campbell matthews owen"
              + " palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins"
              + " murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews"
              + " stewart elliott reynolds saunders payne fox ford pearce day brooks west lawrence"
              + " cole atkinson bradley spencer gill dawson ball burton o'brien watts rose booth"
              + " perry ryan grant wells armstrong francis rees hayes hunt mcdonald mahmood okafor"
              + " mensah nowak kowalski quinn doyle byrne mcintyre donnelly")
          .split(" ");

  /** Street names that have nothing to do with the person's name. */
  static final String[] STREET_NICKNAMES =
      ("tank smudge chalky ginge spider snake ghost tiny bones ace blade rocco chops dizzy"
              + " flash jinx mouse nitro pops razor skinny smokey sniper ziggy bugsy duke")
          .split(" ");

  static final String[] MAKES =
      ("ford vauxhall volkswagen bmw audi mercedes toyota nissan peugeot kia hyundai seat"
              + " skoda honda renault citroen fiat mini landrover volvo mazda suzuki lexus tesla")
          .split(" ");

  static final String[] COLOURS =
      "black white silver grey blue red green yellow orange brown purple".split(" ");

  static final String[] PLATFORMS =
      "snapchat instagram tiktok facebook whatsapp telegram discord kik x".split(" ");

  static final String[] AREAS =
      ("AB AF BD BT CA CE DA DK EA EG FA FG GA GK HA HK KA KX LA LG MA MK NA NG OA OX PA PK"
              + " RA RK SA SK TA TK VA VK WA WK YA YK")
          .split(" ");

  static final String[] STREETS =
      ("mill church station high park victoria queen king albert market chapel school"
              + " manor north south west east bridge green spring meadow mount hill grove orchard"
              + " york windsor clarence canal dock forge tannery foundry brook willow elm oak ash"
              + " beech cedar holly rowan hawthorn")
          .split(" ");

  static final String[] STREET_TYPES =
      "street road lane avenue close drive court gardens terrace crescent way place".split(" ");

  static final String[] TOWNS =
      "ashford barnfield carrow dunmere eastwick fallow greyhaven holmbury".split(" ");

  static final String[] PLACE_KINDS =
      ("takeaway:chicken,pizza,kebab,grill,fried chicken,noodle bar;"
              + "hotel:hotel,inn,lodge,guest house;park:park,recreation ground,playing fields;"
              + "shop:convenience store,off licence,vape shop,phone shop;"
              + "venue:snooker club,gym,barbers,shisha lounge,arcade")
          .split(";");

  static final String[] PLACE_WORDS =
      ("golden royal lucky star crown rose central city express best happy silver sunny new"
              + " palace village corner lakeside riverside station premier supreme original")
          .split(" ");
}
