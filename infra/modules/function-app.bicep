// The Function App on Flex Consumption (Linux, Node 22; Flex runs Functions v4 only). It runs
// as the user-assigned identity, deploys its package from blob storage with that identity,
// and resolves Key Vault references with it. App settings are written by app-settings.bicep,
// because PUBLIC_BASE_URL needs this app's host name, known only once the app exists.

param name string
param planName string
param location string
param tags object

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

param storageAccountName string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

param applicationInsightsConnectionString string

@description('Upper bound for scale-out; also caps the bill.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('HTTP requests one instance handles at once (the app runs as many turns at once).')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

@description('Node.js worker arguments (languageWorkers__node__arguments); empty leaves the platform default.')
param nodeWorkerArguments string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd deploys the service named 'app' in azure.yaml to the resource carrying this tag.
  tags: union(tags, { 'azd-service-name': 'app' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        triggers: { http: { perInstanceConcurrency: httpPerInstanceConcurrency } }
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
}

// Deployments authenticate with Entra ID (azd, az CLI), never with publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

// What the Functions host itself needs; the app's own settings are added in main.bicep.
var hostSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential (Cosmos DB, Azure OpenAI) picks the user-assigned identity by this.
  AZURE_CLIENT_ID: identityClientId
}

// Set only when given, so an empty parameter never overrides the platform's default.
var nodeWorkerSettings = empty(nodeWorkerArguments) ? {} : {
  languageWorkers__node__arguments: nodeWorkerArguments
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output hostSettings object = union(hostSettings, nodeWorkerSettings)
