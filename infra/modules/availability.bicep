// A standard availability test: Application Insights calls GET /api/health from three EU
// locations every 15 minutes and expects 200 (the app answers 503 when Cosmos DB is unreachable
// or its configuration is invalid). alerts.bicep turns two failing locations into an e-mail.

param name string
param location string
param tags object

@description('Resource id of the Application Insights component the results go to.')
param applicationInsightsId string

@description('https URL of the health endpoint.')
param healthUrl string

// Test locations: West Europe (Amsterdam), North Europe (Dublin), France Central (Paris).
var testLocations = ['emea-nl-ams-azr', 'emea-gb-db3-azr', 'emea-fr-pra-edge']

resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: name
  location: location
  // Links the test to its component; without it the portal does not show the results.
  tags: union(tags, { 'hidden-link:${applicationInsightsId}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: name
    Name: 'lqw-reflect /api/health'
    Description: 'GET /api/health answers 200: configuration valid, Cosmos DB reachable'
    Enabled: true
    Frequency: 900
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [for id in testLocations: { Id: id }]
    Request: {
      RequestUrl: healthUrl
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

output id string = healthTest.id
output name string = healthTest.name
