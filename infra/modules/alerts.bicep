// Alerts to an e-mail action group: errors the app logged (its JSON log lines with
// "level":"error", e.g. a store outage or a failed delivery), HTTP requests that failed with 5xx
// and, with the availability test, /api/health failing. Each alert names the window; the correlation ids are in the log lines it counts.

param namePrefix string
param location string
param tags object
param applicationInsightsId string

@description('Who gets the alert e-mails.')
param email string

@description('Resource id of the availability test on /api/health; empty: no availability alert.')
param availabilityTestId string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${namePrefix}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'lqw-alerts'
    enabled: true
    emailReceivers: [
      {
        name: 'operations'
        emailAddress: email
        useCommonAlertSchema: true
      }
    ]
  }
}

var rules = [
  {
    name: 'errors-logged'
    displayName: 'lqw-reflect: errors logged'
    severity: 2
    query: 'traces | where message has \'"level":"error"\''
  }
  {
    name: 'failed-requests'
    displayName: 'lqw-reflect: HTTP requests failed (5xx)'
    severity: 1
    query: 'requests | where toint(resultCode) >= 500'
  }
]

resource alert 'Microsoft.Insights/scheduledQueryRules@2021-08-01' = [
  for rule in rules: {
    name: 'alert-${namePrefix}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      severity: rule.severity
      enabled: true
      scopes: [applicationInsightsId]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: [actionGroup.id]
      }
    }
  }
]

// The availability test failed from at least two of its locations: the app is down or unhealthy
// (store unreachable, configuration invalid such as an unresolved Key Vault reference).
resource availabilityAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = if (!empty(availabilityTestId)) {
  name: 'alert-${namePrefix}-availability'
  location: 'global'
  tags: tags
  properties: {
    description: 'lqw-reflect: /api/health fails from two or more test locations'
    severity: 1
    enabled: true
    scopes: [availabilityTestId, applicationInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: availabilityTestId
      componentId: applicationInsightsId
      failedLocationCount: 2
    }
    autoMitigate: true
    actions: [
      { actionGroupId: actionGroup.id }
    ]
  }
}

