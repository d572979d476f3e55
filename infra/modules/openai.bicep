// Optional Azure OpenAI account with one model deployment for drafting self-report sections.
// Keys are off; the app's identity gets Cognitive Services OpenAI User (inference only).

param name string
param location string
param tags object

@description('Name of the model deployment; the app\'s AZURE_OPENAI_DEPLOYMENT.')
param deploymentName string

param modelName string
param modelVersion string

@description('DataZoneStandard keeps processing inside the EU data zone when the account is in an EU region.')
@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
param deploymentSku string

@description('Capacity in thousands of tokens per minute.')
@minValue(1)
param capacity int

@description('Principal id of the app\'s managed identity.')
param principalId string

// Cognitive Services OpenAI User: call deployed models; cannot deploy models or read keys.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSku
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, openAiUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
