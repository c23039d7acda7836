// An invented document carrying every layer the GDELT writers read.
#pragma once

#include "chronicle/document.h"

namespace chronicle::io {

inline Document gdelt_test_document() {
  Document doc;
  doc.id = "harbour-1";
  doc.text =
      "Minister Bianchi met Mr Okafor in Lagos on Friday.\n"
      "\"We agreed on the quotas; the work #begins now,\" Bianchi said. pic.twitter.com/AbC123 "
      "https://youtu.be/xyz";
  doc.meta.date = "2022-03-04";
  doc.meta.title = "Quota\ttalks";
  doc.paragraphs = {{0, 50}, {51, static_cast<uint32_t>(doc.text.size())}};
  doc.sentences = {{0, 50, 0, 0, 0}, {51, static_cast<uint32_t>(doc.text.size()), 1, 0, 0}};
  doc.tokens.resize(20);
  Entity bianchi;
  bianchi.id = "E1", bianchi.type = "PERSON", bianchi.name = "Carla Bianchi";
  bianchi.actor = {"ITAGOV", "ITA", "GOV", "dictionary"};
  bianchi.mentions = {{9, 16, "name", {}}, {100, 107, "name", {}}};
  Entity okafor;
  okafor.id = "E2", okafor.type = "PERSON", okafor.name = "Okafor";
  okafor.actor = {"NGAMILSPY", "NGA", "MILSPY", "role"};
  okafor.mentions = {{21, 30, "title", {}}};
  Entity lagos;
  lagos.id = "E3", lagos.type = "GPE", lagos.name = "Lagos", lagos.has_geo = true;
  lagos.geo = {6.45407, 3.39467, "NG", "05", 2332459, "PPLA"};
  lagos.mentions = {{34, 39, "name", {}}};
  Entity ministry;
  ministry.id = "E4", ministry.type = "ORG", ministry.name = "Fisheries; Ministry";
  doc.entities = {bianchi, okafor, lagos, ministry};
  doc.times = {{43, 49, "DATE", "2022-03-04", "", -1, ""}, {0, 1, "DATE", "2022-W09", "", -1, ""},
               {0, 1, "DATE", "2021", "", -1, ""}, {0, 1, "DURATION", "P3D", "", -1, ""}};
  doc.quotes = {{52, 98, "direct", "E1", "Bianchi", "said", -1}, {52, 54, "scare", "", "", "", -1}};
  doc.urls = {{114, 136}, {137, static_cast<uint32_t>(doc.text.size())}};
  Event meet;
  meet.id = "V1", meet.cameo = "0431", meet.root_code = "04", meet.quad_class = 1;
  meet.has_goldstein = true, meet.goldstein = 2.8;
  meet.source = {"E1", "ITAGOV"}, meet.target = {"E2", "NGAMILSPY"};
  meet.date = "2022-03-04", meet.location = "E3", meet.sentence = 0;
  Event agree;
  agree.id = "V2", agree.cameo = "057", agree.source = {"", "ITA"}, agree.target = {"E2", ""};
  agree.sentence = 1;
  doc.events = {meet, agree};
  return doc;
}

}  // namespace chronicle::io
