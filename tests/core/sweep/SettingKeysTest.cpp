// Settings named by their project-file keys: flatten, find, set (types, network.hidden_layers) and the
// keys that are not keys.
#include "neurona/core/sweep/SettingKeys.h"
#include "SweepFixtures.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

using namespace neurona;
using nlohmann::json;

namespace {

json tutorialDoc() {
  const Result<Project> p = ProjectFile::read(NEURONA_SOURCE_DIR "/resources/examples/tutorial.neurona");
  EXPECT_TRUE(p.ok());
  return ProjectFile::toJson(p.value);
}

} // namespace

TEST(SettingKeys, FlattenNamesEveryNetworkAndTrainingValueOfARealProject) {
  const std::map<std::string, std::string> flat = SettingKeys::flatten(tutorialDoc());
  EXPECT_EQ(flat.at("training.optimizer.learning_rate"), "0.5");
  EXPECT_EQ(flat.at("training.optimizer.name"), "\"sgd\"");
  EXPECT_EQ(flat.at("training.epochs"), "50000");
  EXPECT_EQ(flat.at("training.shuffle"), "false");
  EXPECT_EQ(flat.at("network.layers[0].units"), "4");
  EXPECT_EQ(flat.at("network.layers[1].units"), "8");
  EXPECT_EQ(flat.at("network.layers[2].activation"), "\"sigmoid\"");
  EXPECT_EQ(flat.at("network.hidden_layers"), "2");
  for (const auto& [key, value] : flat) {
    EXPECT_TRUE(key.rfind("network.", 0) == 0 || key.rfind("training.", 0) == 0) << key;
    EXPECT_NE(SettingKeys::find(tutorialDoc(), key), nullptr) << key; // every flattened key is found
  }
  EXPECT_EQ(flat.count("dataset.samples"), 0u); // only network and training
}

TEST(SettingKeys, FindWalksObjectsAndArrays) {
  const json doc = tutorialDoc();
  ASSERT_NE(SettingKeys::find(doc, "network.layers[1].units"), nullptr);
  EXPECT_EQ(*SettingKeys::find(doc, "network.layers[1].units"), 8);
  EXPECT_EQ(*SettingKeys::find(doc, "dataset.samples"), 1000);           // any place of the file
  EXPECT_EQ(SettingKeys::find(doc, "network.layers[3].units"), nullptr); // past the end
  EXPECT_EQ(SettingKeys::find(doc, "training.optimizer.lr"), nullptr);   // no such member
  EXPECT_EQ(SettingKeys::find(doc, "training.epochs[0]"), nullptr);      // not an array
  EXPECT_EQ(SettingKeys::find(doc, "network.layers.units"), nullptr);    // an array, not an object
  ASSERT_NE(SettingKeys::find(doc, SettingKeys::kHiddenLayers), nullptr);
  EXPECT_TRUE(SettingKeys::find(doc, SettingKeys::kHiddenLayers)->is_array());
}

TEST(SettingKeys, MalformedKeysAreNotFoundAndAreUnknownSettings) {
  const json doc = tutorialDoc();
  for (const char* key :
       {"", "a..b", "training..epochs", "a[", "network.layers[", "[0]", "a[x]", "network.layers[x].units",
        "network.layers[]", ".training", "training.", "network.layers[0]units", "network.layers[-1].units"}) {
    EXPECT_EQ(SettingKeys::find(doc, key), nullptr) << key;
    json copy = doc;
    const Error e = SettingKeys::set(copy, key, "1");
    EXPECT_EQ(e.code, ErrorCode::UnknownSetting) << key;
    EXPECT_EQ(e.text, key);
    EXPECT_EQ(copy, doc) << key; // unchanged
  }
}

TEST(SettingKeys, SetKeepsTheValuesType) {
  json doc = tutorialDoc();
  EXPECT_TRUE(SettingKeys::set(doc, "training.optimizer.learning_rate", "0.01").ok());
  EXPECT_EQ(doc["training"]["optimizer"]["learning_rate"], 0.01);
  EXPECT_TRUE(SettingKeys::set(doc, "training.optimizer.learning_rate", "1").ok()); // an integer for a number
  EXPECT_TRUE(SettingKeys::set(doc, "network.layers[0].units", "16").ok());
  EXPECT_EQ(doc["network"]["layers"][0]["units"], 16);
  EXPECT_TRUE(SettingKeys::set(doc, "network.layers[0].activation", "tanh").ok()); // a bare word
  EXPECT_EQ(doc["network"]["layers"][0]["activation"], "tanh");
  EXPECT_TRUE(SettingKeys::set(doc, "network.layers[1].activation", "\"elu\"").ok()); // JSON text
  EXPECT_EQ(doc["network"]["layers"][1]["activation"], "elu");
  EXPECT_TRUE(SettingKeys::set(doc, "training.shuffle", "true").ok());
  EXPECT_EQ(doc["training"]["shuffle"], true);

  const struct {
    const char* key;
    const char* value;
  } bad[] = {{"network.layers[0].units", "relu"}, // a word for a number
             {"network.layers[0].units", "2.5"},  // a fraction for a whole number
             {"training.optimizer.learning_rate", "fast"},
             {"training.shuffle", "1"},             // a number for a boolean
             {"network.layers[0].activation", "3"}, // a number for a word
             {"network.layers", "[]"},              // not a single value
             {"training.optimizer", "{}"}};
  for (const auto& b : bad) {
    json copy = doc;
    const Error e = SettingKeys::set(copy, b.key, b.value);
    EXPECT_EQ(e.code, ErrorCode::BadSettingValue) << b.key << "=" << b.value;
    EXPECT_EQ(e.text, b.value);
    EXPECT_EQ(e.detail, b.key);
    EXPECT_EQ(copy, doc);
  }
}

TEST(SettingKeys, HiddenLayersShrinksAndGrowsBeforeTheOutputLayer) {
  const json doc = tutorialDoc(); // 4 relu, 8 relu, 1 sigmoid
  json fewer = doc;
  ASSERT_TRUE(SettingKeys::set(fewer, SettingKeys::kHiddenLayers, "1").ok());
  ASSERT_EQ(fewer["network"]["layers"].size(), 2u);
  EXPECT_EQ(fewer["network"]["layers"][0]["units"], 4);
  EXPECT_EQ(fewer["network"]["layers"][1]["activation"], "sigmoid"); // the output layer stays last

  json more = doc;
  ASSERT_TRUE(SettingKeys::set(more, SettingKeys::kHiddenLayers, "4").ok());
  ASSERT_EQ(more["network"]["layers"].size(), 5u);
  EXPECT_EQ(more["network"]["layers"][2]["units"], 8); // the last hidden layer repeated
  EXPECT_EQ(more["network"]["layers"][3]["units"], 8);
  EXPECT_EQ(more["network"]["layers"][4]["units"], 1);
  EXPECT_EQ(SettingKeys::flatten(more).at("network.hidden_layers"), "4");

  json none = doc;
  ASSERT_TRUE(SettingKeys::set(none, SettingKeys::kHiddenLayers, "0").ok());
  ASSERT_EQ(none["network"]["layers"].size(), 1u);
  // Nothing left to repeat.
  EXPECT_EQ(SettingKeys::set(none, SettingKeys::kHiddenLayers, "2").code, ErrorCode::BadSettingValue);
  for (const char* bad : {"-1", "65", "1.5", "two"}) {
    json copy = doc;
    EXPECT_EQ(SettingKeys::set(copy, SettingKeys::kHiddenLayers, bad).code, ErrorCode::BadSettingValue)
        << bad;
  }
  // Every layer count reads back as a project.
  EXPECT_TRUE(ProjectFile::fromJson(more).ok());
  EXPECT_TRUE(ProjectFile::fromJson(fewer).ok());
}

TEST(SettingKeys, DisplayDropsAStringsQuotes) {
  EXPECT_EQ(SettingKeys::display("\"relu\""), "relu");
  EXPECT_EQ(SettingKeys::display("0.01"), "0.01");
  EXPECT_EQ(SettingKeys::display("relu"), "relu");
}
